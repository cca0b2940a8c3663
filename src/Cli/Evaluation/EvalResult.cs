using System.Globalization;
using System.Text;

namespace Extraction.Cli.Evaluation;

/// <summary>The scores of one evaluation, printed exactly as the reference scorer prints them.</summary>
internal sealed record EvalResult(
    int Articles,
    int MissingPredictions,
    Prf Detection,
    Prf Parties,
    double? SigningDateAccuracy,
    double? PublishedAccuracy,
    Prf Items)
{
    /// <summary>The layout of Python's <c>json.dumps(result, indent=2)</c>, so both tools' output compares as text.</summary>
    public string ToPythonStyleJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\n");
        sb.Append($"  \"articles\": {Articles},\n");
        sb.Append($"  \"missing_predictions\": {MissingPredictions},\n");
        AppendPrf(sb, "detection", Detection, ",");
        AppendPrf(sb, "parties", Parties, ",");
        sb.Append($"  \"signing_date_accuracy\": {Number(SigningDateAccuracy)},\n");
        sb.Append($"  \"published_accuracy\": {Number(PublishedAccuracy)},\n");
        AppendPrf(sb, "items", Items, "");
        sb.Append('}');
        return sb.ToString();
    }

    private static void AppendPrf(StringBuilder sb, string name, Prf prf, string trailing)
    {
        sb.Append($"  \"{name}\": {{\n");
        sb.Append($"    \"precision\": {Number(prf.Precision)},\n");
        sb.Append($"    \"recall\": {Number(prf.Recall)},\n");
        sb.Append($"    \"f1\": {Number(prf.F1)},\n");
        sb.Append($"    \"tp\": {prf.Tp},\n");
        sb.Append($"    \"fp\": {prf.Fp},\n");
        sb.Append($"    \"fn\": {prf.Fn}\n");
        sb.Append($"  }}{trailing}\n");
    }

    /// <summary>Python's round(x, 4) and float repr: "1.0", "0.9231", "null".</summary>
    private static string Number(double? value)
    {
        if (value is not double v)
        {
            return "null";
        }
        var text = Math.Round(v, 4, MidpointRounding.ToEven).ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
