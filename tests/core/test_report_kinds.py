"""Which report a header is: a settlement report names orders (`order-id`) too, and is said to
be one rather than an Unshipped Orders report missing a column (issue 9)."""

from __future__ import annotations

import pytest

from atoz_desktop.core.importers.reports import NotAnOrderReportError, detect

SETTLEMENT_V2 = (
    "settlement-id settlement-start-date settlement-end-date deposit-date total-amount currency "
    "transaction-type order-id merchant-order-id adjustment-id shipment-id marketplace-name "
    "fulfillment-id posted-date posted-date-time order-item-code merchant-order-item-id "
    "merchant-adjustment-item-id sku quantity-purchased promotion-id amount-type "
    "amount-description amount"
).split()


def test_a_settlement_report_is_named_as_such():
    with pytest.raises(NotAnOrderReportError) as caught:
        detect(SETTLEMENT_V2)
    assert str(caught.value) == "this is a settlement report, not an order report"


def test_an_unshipped_report_is_still_one():
    assert detect(["order-id", "order-item-id", "buyer-name"]).kind.value == (
        "Unshipped / New Orders"
    )
