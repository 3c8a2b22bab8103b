"""The demo workspace: a few hundred generated orders and a handful of claims in every state.

The demo lives in a workspace file of its own (storage/database.py `default_demo_path`), marked
as the demo, so a seller can look around before importing anything; demo data never goes into a
workspace that holds orders or claims. The orders arrive the way a seller's do, through
the three Amazon reports and the real importer, so the demo also exercises the import. Claim
deadlines are set relative to `now`: whenever the demo is made, something is due soon, something
is overdue, and a granted claim can still be appealed; nothing is dated after `now`.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from atoz_desktop.core.i18n import _
from atoz_desktop.core.sample_reports import (
    SampleOrder,
    sample_orders,
    write_all_orders,
    write_fba_shipments,
    write_unshipped,
)
from atoz_desktop.core.services.claims import add_event, change_status, create_claim
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim, Order

DEMO_SETTING = "demo"

#: Timeline event kinds the demo uses (the claims issue owns the full vocabulary).
MESSAGE_IN = "message-in"
MESSAGE_OUT = "message-out"
OFFER = "offer"
AMAZON_NOTICE = "amazon-notice"

SELLER = "seller"  # stored as the key: the window says "Vendeur" or "Seller"
AMAZON = "Amazon"

#: An Amazon Pay order from the seller's own shop: it is in no Amazon report.
AMAZON_PAY_ORDER_ID = "S02-4829173-5501946"

#: The marketplace's default response deadline (rules/policy.py): claims are filed this long
#: before the deadline the demo wants them to show.
RESPONSE_WINDOW = timedelta(hours=72)

#: The way each demo status is reached from action-required, as a seller would record it.
_PATHS = {
    "action-required": (),
    "under-review": ("under-review",),
    "denied": ("under-review", "denied"),
    "granted-seller-funded": ("under-review", "granted-seller-funded"),
    "granted-amazon-funded": ("under-review", "granted-amazon-funded"),
    "closed-seller-refund": ("closed-seller-refund",),
    "withdrawn": ("withdrawn",),
}


class NotAnEmptyWorkspaceError(ValueError):
    """Demo data would be mixed into a real workspace: refuse."""


@dataclass(frozen=True, slots=True)
class _Event:
    after_filing: timedelta  # negative: before the claim was filed
    kind: str
    author: str
    text: str
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class _DemoClaim:
    """One claim of the demo, placed in time by when its response falls due."""

    reason: str
    status: str
    due_in: timedelta  # response deadline relative to now (negative: overdue)
    pick: Callable[[SampleOrder], bool]
    events: tuple[_Event, ...]
    decided_after: timedelta | None = None  # from filing


def _shipped_mfn(country: str) -> Callable[[SampleOrder], bool]:
    return lambda o: (
        o.status == "Shipped" and o.fulfillment_channel == "Merchant" and o.ship_country == country
    )


def _shipped_afn(o: SampleOrder) -> bool:
    return o.status == "Shipped" and o.fulfillment_channel == "Amazon"


H = timedelta(hours=1)
D = timedelta(days=1)

_CLAIMS: tuple[_DemoClaim, ...] = (
    _DemoClaim(
        "not-received",
        "action-required",
        due_in=5 * H,
        pick=lambda o: _shipped_mfn("FR")(o) and o.ship_city == "Besançon",
        events=(
            _Event(
                -4 * D,
                MESSAGE_IN,
                "buyer",
                "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier ?",
            ),
            _Event(
                -3 * D - 20 * H,
                MESSAGE_OUT,
                SELLER,
                "Bonjour, nous sommes désolés pour ce désagrément. Le colis a été remis à "
                "Colissimo ; voici le numéro de suivi. Nous restons à votre disposition.",
            ),
            _Event(
                0 * H,
                AMAZON_NOTICE,
                AMAZON,
                "Réclamation au titre de la Garantie A à Z : article non reçu. "
                "Réponse attendue sous 72 heures.",
            ),
        ),
    ),
    _DemoClaim(
        "damaged-defective",
        "action-required",
        due_in=30 * H,
        pick=_shipped_mfn("DE"),
        events=(
            _Event(
                -2 * D,
                MESSAGE_IN,
                "buyer",
                "Guten Tag, die Ware ist beschädigt angekommen, Fotos anbei. Bitte um Ersatz.",
            ),
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "A-to-z Guarantee claim: item damaged."),
            _Event(
                6 * H,
                OFFER,
                SELLER,
                "Angebot: kostenloser Ersatz, Rücksendung nicht nötig.",
            ),
        ),
    ),
    _DemoClaim(
        "not-as-described",
        "action-required",
        due_in=-8 * H,
        pick=_shipped_mfn("IT"),
        events=(
            _Event(
                -3 * D,
                MESSAGE_IN,
                "buyer",
                "Buongiorno, il prodotto ricevuto non corrisponde alla descrizione.",
            ),
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "A-to-z Guarantee claim: not as described."),
        ),
    ),
    _DemoClaim(
        "late-delivery",
        "under-review",
        due_in=-3 * D,
        pick=_shipped_mfn("FR"),
        events=(
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "Réclamation A à Z : livraison en retard."),
            _Event(
                5 * H,
                OFFER,
                SELLER,
                "Nous vous proposons un remboursement partiel de 10 € en geste commercial.",
                Decimal("10.00"),
            ),
            _Event(20 * H, MESSAGE_IN, "buyer", "Non merci, je préfère laisser Amazon décider."),
            _Event(
                26 * H,
                MESSAGE_OUT,
                SELLER,
                "Réponse à Amazon : colis remis au transporteur dans les délais, suivi joint "
                "au message à l'acheteur ; le retard est dû au transporteur.",
            ),
        ),
    ),
    _DemoClaim(
        "not-received",
        "denied",
        due_in=-22 * D,
        pick=_shipped_mfn("FR"),
        decided_after=7 * D,
        events=(
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "Réclamation A à Z : article non reçu."),
            _Event(
                10 * H,
                MESSAGE_OUT,
                SELLER,
                "Réponse à Amazon : preuve de livraison avec signature envoyée à l'acheteur "
                "par la messagerie acheteur-vendeur.",
            ),
            _Event(
                7 * D,
                AMAZON_NOTICE,
                AMAZON,
                "Décision : réclamation refusée. Elle n'est pas comptée dans votre ODR.",
            ),
        ),
    ),
    _DemoClaim(
        "return-not-refunded",
        "granted-seller-funded",
        due_in=-11 * D,
        pick=_shipped_mfn("DE"),
        decided_after=7 * D,
        events=(
            _Event(
                -3 * D,
                MESSAGE_IN,
                "buyer",
                "Ich habe den Artikel vor zwei Wochen zurückgeschickt und noch kein Geld erhalten.",
            ),
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "A-to-z Guarantee claim: return not refunded."),
            _Event(
                1 * D,
                MESSAGE_OUT,
                SELLER,
                "Die Rücksendung ist bei uns nicht angekommen; bitte senden Sie uns den "
                "Einlieferungsbeleg.",
            ),
            _Event(
                7 * D,
                AMAZON_NOTICE,
                AMAZON,
                "Décision : réclamation accordée, financée par le vendeur. "
                "Appel possible sous 30 jours.",
            ),
        ),
    ),
    _DemoClaim(
        "damaged-defective",
        "withdrawn",
        due_in=-17 * D,
        pick=_shipped_mfn("ES"),
        events=(
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "A-to-z Guarantee claim: item defective."),
            _Event(4 * H, OFFER, SELLER, "Ofrecemos un reemplazo gratuito del artículo."),
            _Event(1 * D, MESSAGE_IN, "buyer", "De acuerdo, acepto el reemplazo. Gracias."),
            _Event(
                2 * D,
                AMAZON_NOTICE,
                AMAZON,
                "L'acheteur a retiré sa réclamation (sans incidence sur votre ODR).",
            ),
        ),
    ),
    _DemoClaim(
        "not-received",
        "granted-amazon-funded",
        due_in=-25 * D,
        pick=_shipped_afn,
        decided_after=5 * D,
        events=(
            _Event(0 * H, AMAZON_NOTICE, AMAZON, "Réclamation A à Z : article non reçu (FBA)."),
            _Event(
                3 * H,
                MESSAGE_OUT,
                SELLER,
                "Commande expédiée par Amazon (FBA) : la livraison relève d'Amazon.",
            ),
            _Event(
                5 * D,
                AMAZON_NOTICE,
                AMAZON,
                "Décision : réclamation accordée, financée par Amazon.",
            ),
        ),
    ),
)


def _check_aware(now: datetime | None) -> datetime:
    if now is None:
        now = datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.replace(microsecond=0)


def is_empty(workspace: Workspace) -> bool:
    """No order and no claim: the only kind of workspace the demo may fill."""
    with workspace.engine.connect() as connection:
        orders = connection.execute(select(func.count(Order.id))).scalar_one()
        claims = connection.execute(select(func.count(Claim.id))).scalar_one()
    return orders == 0 and claims == 0


def _pick_order(
    orders: Sequence[SampleOrder],
    wanted: Callable[[SampleOrder], bool],
    filed_at: datetime,
    used: set[str],
) -> SampleOrder | None:
    """The most recent fitting order delivered before the claim was filed (claims come after
    delivery), relaxing the wish list step by step; None when every order has a claim."""

    def plausible(o: SampleOrder) -> bool:
        return o.delivery_end + 2 * D <= filed_at and o.purchase_date >= filed_at - 60 * D

    choices = (
        lambda o: plausible(o) and wanted(o),
        lambda o: plausible(o) and _shipped_mfn(o.ship_country)(o),
        lambda o: plausible(o) and o.status == "Shipped",
        lambda o: o.status != "Cancelled",
        lambda o: True,
    )
    for accept in choices:
        for order in reversed(orders):
            if order.order_id not in used and accept(order):
                used.add(order.order_id)
                return order
    return None


def _in_the_past(orders: Sequence[SampleOrder], now: datetime) -> list[SampleOrder]:
    """The orders moved back together, if need be, so that none was bought, shipped or updated
    after `now`: the generator spreads orders only about up to its end, and ships each one up to
    40 h after purchase, so the last ones could show a shipment dated in the future."""
    moments = [m for o in orders for m in (o.purchase_date, o.shipment_date, o.last_updated) if m]
    latest = now - H
    if not moments or max(moments) <= latest:
        return list(orders)
    shift = max(moments) - latest

    def earlier(order: SampleOrder) -> SampleOrder:
        purchase = order.purchase_date - shift
        return dataclasses.replace(
            order,
            purchase_date=purchase,
            last_updated=order.last_updated - shift,
            shipment_date=order.shipment_date - shift if order.shipment_date else None,
            delivery_start=order.delivery_start - shift,
            delivery_end=order.delivery_end - shift,
            promotion_ids=order.promotion_ids.replace(
                f"{order.purchase_date:%Y/%m/%d}", f"{purchase:%Y/%m/%d}"
            ),
        )

    return [earlier(o) for o in orders]


def write_demo_reports(folder: Path, orders: Sequence[SampleOrder]) -> list[Path]:
    """The reports a seller would download for these orders (those that would not be empty)."""
    merchant = [
        o for o in orders if o.fulfillment_channel == "Merchant" and o.status != "Cancelled"
    ]
    reports: list[tuple[Path, Callable[[Path], int]]] = [
        (folder / "All Orders.txt", lambda path: write_all_orders(path, orders)),
        (folder / "Unshipped Orders.txt", lambda path: write_unshipped(path, merchant)),
        (folder / "FBA Shipments.txt", lambda path: write_fba_shipments(path, orders)),
    ]
    return [path for path, write in reports if write(path) > 0]


def create_demo_workspace(
    workspace: Workspace, orders: int = 300, seed: int = 7, now: datetime | None = None
) -> None:
    """Fill an empty workspace with demo orders and claims and mark it as the demo.

    A workspace that is already the demo is left as it is; one holding real orders or claims is
    refused (NotAnEmptyWorkspaceError), so a seller's data never gets demo data mixed in.
    """
    now = _check_aware(now)
    if workspace.is_demo:
        return
    if not is_empty(workspace):
        raise NotAnEmptyWorkspaceError(
            _("This workspace already holds orders or claims; the demo needs an empty one.")
        )
    generated = _in_the_past(
        sample_orders(orders, seed=seed, start=now - 100 * D, end=now - 2 * D), now
    )
    with tempfile.TemporaryDirectory(prefix="atoz-demo-") as folder:
        reports = write_demo_reports(Path(folder), generated)
        if reports:
            import_order_files(workspace, reports)

    used: set[str] = set()
    for spec in _CLAIMS:
        filed_at = now + spec.due_in - RESPONSE_WINDOW
        order = _pick_order(generated, spec.pick, filed_at, used)
        if order is None:
            break  # a demo of very few orders gets fewer claims
        claim_pk = create_claim(
            workspace, order_id=order.order_id, reason=spec.reason, filed_at=filed_at
        )
        for event in spec.events:
            add_event(
                workspace,
                claim_pk,
                kind=event.kind,
                at=filed_at + event.after_filing,
                text=event.text,
                author=order.buyer_name if event.author == "buyer" else event.author,
                amount=event.amount,
                currency=order.currency if event.amount is not None else None,
            )
        decided_at = filed_at + (spec.decided_after or 2 * D)
        steps = _PATHS[spec.status]
        for step, status in enumerate(steps, start=1):
            # Amazon reviews the day after filing; the decision comes at `decided_after`.
            at = decided_at if step == len(steps) and len(steps) > 1 else filed_at + D
            change_status(workspace, claim_pk, status, at=min(at, now))

    _add_amazon_pay_claim(workspace, now)
    workspace.set_setting(DEMO_SETTING, "1")


def _add_amazon_pay_claim(workspace: Workspace, now: datetime) -> None:
    """A claim from the seller's own shop: Amazon Pay, 7 days to answer, order never imported."""
    filed_at = now - 2 * D - 3 * H
    buyer = "Françoise Bézier"
    claim_pk = create_claim(
        workspace,
        order_id=AMAZON_PAY_ORDER_ID,
        reason="not-received",
        filed_at=filed_at,
        channel="amazon-pay",
        amount=Decimal("89.00"),
        currency="EUR",
        buyer_name=buyer,
    )
    add_event(
        workspace,
        claim_pk,
        kind=MESSAGE_IN,
        at=filed_at - 2 * D,
        author=buyer,
        text="Bonjour, ma commande passée sur votre boutique n'est jamais arrivée.",
    )
    add_event(
        workspace,
        claim_pk,
        kind=AMAZON_NOTICE,
        at=filed_at,
        author="Amazon Pay",
        text="Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID "
        + AMAZON_PAY_ORDER_ID,
    )
