"""Property tests: mutated PEM and DER input gives a ReadResult or a ReadError, nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.certs.reader import ReadError, ReadResult, read_certificate_bytes

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
PEM = (CASES / "root_plus_intermediate.pem").read_bytes()
DER = (CASES / "good_root.der.cer").read_bytes()
P7B = (CASES / "chain.der.p7b").read_bytes()
LABELS = [b"CERTIFICATE", b"TRUSTED CERTIFICATE", b"PKCS7", b"PRIVATE KEY", b"X509 CRL", b"CERTIFICAT"]
EXAMPLES: list[int] = []


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from([PEM, DER, P7B])))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "label", "random"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[position:]
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "label":
            data = bytearray(bytes(data).replace(b"CERTIFICATE", draw(st.sampled_from(LABELS)), 1))
        else:
            data = bytearray(draw(st.binary(max_size=256)))
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_mutations_read_or_error(data: bytes) -> None:
    EXAMPLES.append(1)
    try:
        result = read_certificate_bytes(data)
    except ReadError as error:
        assert error.code is not None
        return
    assert isinstance(result, ReadResult)


def test_examples_ran() -> None:
    print(f"hypothesis examples run: {len(EXAMPLES)}")
    assert len(EXAMPLES) >= 100
