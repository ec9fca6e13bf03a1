"""Files in and out: whole-event JSON, spreadsheet lists (CSV, XLSX)."""
