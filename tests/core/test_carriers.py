from atoz_desktop.core.rules.carriers import carrier_name


def test_amazon_logistics_codes_read_as_names() -> None:
    assert carrier_name("AMZN_IT", "en") == "Amazon Logistics (Italy)"
    assert carrier_name("AMZN_IT", "fr") == "Amazon Logistics (Italie)"
    assert carrier_name("amzn_uk", "fr_FR") == "Amazon Logistics (Royaume-Uni)"
    assert carrier_name("AMZL_DE", "en") == "Amazon Logistics (Germany)"
    assert carrier_name("AMZN", "en") == "Amazon Logistics"
    assert carrier_name("AMZN_XX", "en") == "Amazon Logistics (XX)"


def test_other_carriers_are_shown_as_written() -> None:
    assert carrier_name("Colissimo", "fr") == "Colissimo"
    assert carrier_name("DHL", "en") == "DHL"
    assert carrier_name("AMZNX", "en") == "AMZNX"
    assert carrier_name(None, "en") == "" and carrier_name("", "fr") == ""
