namespace Extraction.Index.Tests;
