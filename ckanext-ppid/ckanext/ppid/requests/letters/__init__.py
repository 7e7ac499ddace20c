"""The letters a request is answered with: their numbers, their texts and their PDFs."""
