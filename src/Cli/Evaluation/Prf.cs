namespace Extraction.Cli.Evaluation;

/// <summary>True/false positive and miss counts, and the precision, recall and F1 they give.</summary>
internal sealed class Prf
{
    public int Tp { get; set; }

    public int Fp { get; set; }

    public int Fn { get; set; }

    public double Precision => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 0.0;

    public double Recall => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 0.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}
