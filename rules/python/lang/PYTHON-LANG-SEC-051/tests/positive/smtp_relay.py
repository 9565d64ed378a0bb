"""SMTP relay connector for an old on-premises mail gateway."""

import smtplib
import ssl

GATEWAY_TLS = ssl.PROTOCOL_TLSv1_1


class GatewayMailer:
    def __init__(self, host):
        self.host = host
        self.context = ssl.SSLContext(GATEWAY_TLS)  # expect: PYTHON-LANG-SEC-051

    def send(self, sender, recipients, message):
        with smtplib.SMTP(self.host, 587) as smtp:
            smtp.starttls(context=self.context)
            smtp.sendmail(sender, recipients, message)


def sslv2_probe():
    return ssl.SSLContext(protocol=ssl.PROTOCOL_SSLv2)  # expect: PYTHON-LANG-SEC-051
