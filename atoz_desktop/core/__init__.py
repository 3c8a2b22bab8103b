"""The core: rules, storage, importers and services. Nothing below this package imports Qt."""
