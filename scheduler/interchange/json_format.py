"""Whole-event JSON: the documented, versioned interchange format (docs/json-format.md)."""

from .json_read import create_project_from_json, derived_uid, load_document, read_document
from .json_write import SCHEMA_VERSION, dump_event, write_atomically, write_event_json

import_event = create_project_from_json

__all__ = ["SCHEMA_VERSION", "create_project_from_json", "derived_uid", "dump_event", "import_event",
           "load_document", "read_document", "write_atomically", "write_event_json"]
