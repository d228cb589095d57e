"""The report for the physio: numbers (data), a CSV table (table) and the PDF (pdf)."""
