package auth

// A type of this package with a method of the same name is not the JWT library's parser.
type envelopeParser struct{}

func (envelopeParser) ParseUnverified(raw string) string { return raw }

type insecureDecoder struct{}

func (insecureDecoder) ParseInsecure(raw []byte) []byte { return raw }

func Envelope(raw string) string {
	p := envelopeParser{}
	// ok: GO-JWT-002
	return p.ParseUnverified(raw)
}

func Decode(jwt insecureDecoder, raw []byte) []byte {
	// ok: GO-JWT-002
	return jwt.ParseInsecure(raw)
}
