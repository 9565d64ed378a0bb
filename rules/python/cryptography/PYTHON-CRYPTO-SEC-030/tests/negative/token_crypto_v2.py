"""Token encryption after the review: AEAD modes everywhere; single-block primitives are not ECB over data."""

import os

import pyDes
from Crypto.Cipher import AES, ChaCha20_Poly1305
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.keywrap import aes_key_wrap

TOKEN_KEY = bytes(range(32))


def encrypt_user_id(user_id):
    nonce = os.urandom(12)
    return nonce + AESGCM(TOKEN_KEY).encrypt(nonce, str(user_id).encode(), None)  # ok: PYTHON-CRYPTO-SEC-030


def deterministic_token(user_id):
    # Deterministic but authenticated and pattern-free: AES-SIV.
    return AESSIV(os.urandom(64)).encrypt(str(user_id).encode(), None)  # ok: PYTHON-CRYPTO-SEC-030


def gcm_stream(iv):
    return Cipher(algorithms.AES(TOKEN_KEY), modes.GCM(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-030


def xts_sector(key, tweak):
    return Cipher(algorithms.AES(key), modes.XTS(tweak)).encryptor()  # ok: PYTHON-CRYPTO-SEC-030


def wrap_key(kek, key):
    return aes_key_wrap(kek, key)  # ok: PYTHON-CRYPTO-SEC-030


def pycryptodome_gcm(data):
    cipher = AES.new(TOKEN_KEY, AES.MODE_GCM)  # ok: PYTHON-CRYPTO-SEC-030
    return cipher.nonce, cipher.encrypt_and_digest(data)


def pycryptodome_siv(data):
    return AES.new(os.urandom(32), AES.MODE_SIV).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-030


def pycryptodome_mode_keyword(data, nonce):
    return AES.new(TOKEN_KEY, mode=AES.MODE_EAX, nonce=nonce).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-030


def chacha(data):
    return ChaCha20_Poly1305.new(key=TOKEN_KEY).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-030


def pydes_cbc(key, iv):
    return pyDes.triple_des(key, pyDes.CBC, iv, padmode=pyDes.PAD_PKCS5)  # ok: PYTHON-CRYPTO-SEC-030


def mode_from_settings(settings):
    return AES.new(TOKEN_KEY, **settings)  # ok: PYTHON-CRYPTO-SEC-030
