namespace Extraction.Ingest.Tests;
