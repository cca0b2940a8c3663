namespace Extraction.Cli.Tests;
