namespace Extraction.Extract.Tests;
