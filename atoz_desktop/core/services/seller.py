"""The seller a dossier is from: name, store name, postal address and an optional logo, and
the signature that ends messages to buyers, kept in the workspace (Settings › Seller,
`atoz-desktop seller`)."""

from __future__ import annotations

import base64
import binascii
import io
from pathlib import Path

from atoz_desktop.core.dossier.content import SellerProfile
from atoz_desktop.core.i18n import _
from atoz_desktop.core.storage.database import Workspace

_KEYS = {
    "name": "seller_name",
    "store": "seller_store",
    "address": "seller_address",
    "signature": "seller_signature",
}
LOGO_SETTING = "seller_logo_png"
#: A logo larger than this is refused before it is decoded.
MAX_LOGO_BYTES = 5_000_000
#: Stored logos are shrunk to fit this many pixels (it prints 38 mm wide).
LOGO_PIXELS = 600
#: How long each text may be (a postal address or a signature is a few lines).
MAX_CHARS = {"name": 200, "store": 200, "address": 1000, "signature": 500}


class SellerError(ValueError):
    """The seller's details cannot be saved; the message says why, for the user."""


def seller_profile(workspace: Workspace) -> SellerProfile:
    values = {field: workspace.get_setting(key) or "" for field, key in _KEYS.items()}
    logo_text = workspace.get_setting(LOGO_SETTING) or ""
    try:
        logo = base64.b64decode(logo_text, validate=True) if logo_text else None
    except (binascii.Error, ValueError):
        logo = None
    return SellerProfile(logo=logo, **values)


def set_seller_profile(
    workspace: Workspace,
    *,
    name: str,
    store: str,
    address: str,
    logo: bytes | None,
    signature: str | None = None,
) -> SellerProfile:
    """Save the seller's details; `logo` is the bytes of an image file (None: no logo),
    stored as a small PNG; `signature` None keeps the one saved. Raises SellerError for a text
    too long or a logo that is not an image this program can read."""
    if signature is None:
        signature = workspace.get_setting(_KEYS["signature"]) or ""
    values = {
        "name": name.strip(),
        "store": store.strip(),
        "address": address.strip(),
        "signature": "\n".join(line.strip() for line in signature.strip().splitlines()),
    }
    for field, value in values.items():
        if len(value) > MAX_CHARS[field]:
            raise SellerError(
                _("the {field} is too long ({count} characters; at most {limit})").format(
                    field=_field_name(field), count=len(value), limit=MAX_CHARS[field]
                )
            )
    png = normalise_logo(logo) if logo else None
    for field, key in _KEYS.items():
        workspace.set_setting(key, values[field])
    workspace.set_setting(LOGO_SETTING, base64.b64encode(png).decode("ascii") if png else "")
    return SellerProfile(logo=png, **values)


def read_logo(path: str | Path) -> bytes:
    """A logo file's bytes, refused (SellerError naming the file) when unreadable or huge."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise SellerError(
                _("{file}: the logo is {size} MB; at most {limit} MB").format(
                    file=path.name, size=round(size / 1e6, 1), limit=MAX_LOGO_BYTES // 1_000_000
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise SellerError(
            _("{file}: cannot be read ({error})").format(file=path.name, error=exc.strerror or exc)
        ) from None


def normalise_logo(data: bytes) -> bytes:
    """Any image the evidence checks accept, as a PNG within LOGO_PIXELS."""
    from PIL import Image

    from atoz_desktop.core.evidence.images import BadImage, check_image
    from atoz_desktop.core.evidence.sniff import IMAGE_TYPES, UnsupportedType, sniff

    if len(data) > MAX_LOGO_BYTES:
        raise SellerError(_("the logo is over {limit} MB").format(limit=MAX_LOGO_BYTES // 10**6))
    try:
        mime = sniff(data)
        if mime not in IMAGE_TYPES:
            raise SellerError(_("the logo must be an image (PNG, JPEG, …)"))
        check_image(data, mime)
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            converted = image.convert("RGBA")
    except (BadImage, UnsupportedType) as exc:
        raise SellerError(_("the logo cannot be used: {reason}").format(reason=exc)) from None
    out = io.BytesIO()
    converted.save(out, "PNG", optimize=True)
    return out.getvalue()


def message_sign_off(profile: SellerProfile) -> str:
    """The lines that end a message to a buyer: the signature, then the store's name unless
    the signature already gives it; empty when neither is set."""
    lines = [line for line in profile.signature.splitlines() if line.strip()]
    store = profile.store.strip()
    if store and store.casefold() not in profile.signature.casefold():
        lines.append(store)
    return "\n".join(lines)


def _field_name(field: str) -> str:
    return {
        "name": _("seller's name"),
        "store": _("store name"),
        "address": _("address"),
        "signature": _("message signature"),
    }[field]
