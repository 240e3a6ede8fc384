"""``factlint serve``: the HTTP service and the editors' review page."""
