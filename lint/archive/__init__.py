"""A newsroom's archive linted on a Dask cluster, with an index of the facts each article cites."""
