namespace Extraction.Extract.Pipeline;

/// <summary>
/// Composes the extraction pipeline: detection, candidate generation, framing, dates and assembly always run;
/// the rest is chosen: <c>new ExtractionPipelineBuilder().UseDocumentGroups().UseSideCompletion().UseContentItems()
/// .UseReferences().UsePeople().Build()</c>, or <see cref="UseDefaults"/> for all of them.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private bool documentGroups;
    private bool listedLines;
    private bool sideCompletion;
    private bool contentItems;
    private bool contentsBefore;
    private bool references;
    private bool people;

    /// <summary>One agreement per "giữa" group of a sentence, and per listed line "Kind … giữa A và B" when <paramref name="listedLines"/>.</summary>
    public ExtractionPipelineBuilder UseDocumentGroups(bool listedLines = true)
    {
        documentGroups = true;
        this.listedLines = listedLines;
        return this;
    }

    /// <summary>Sides named outside the signing sentence (the headline, a "giữa" list elsewhere).</summary>
    public ExtractionPipelineBuilder UseSideCompletion()
    {
        sideCompletion = true;
        return this;
    }

    /// <summary>Listed contents; with <paramref name="contentsBefore"/>, also a list written before the ceremony sentence.</summary>
    public ExtractionPipelineBuilder UseContentItems(bool contentsBefore = true)
    {
        contentItems = true;
        this.contentsBefore = contentsBefore;
        return this;
    }

    /// <summary>Documents cited as the agreement's basis.</summary>
    public ExtractionPipelineBuilder UseReferences()
    {
        references = true;
        return this;
    }

    /// <summary>People named at the signing, with their titles.</summary>
    public ExtractionPipelineBuilder UsePeople()
    {
        people = true;
        return this;
    }

    /// <summary>Every step; a step named in AGREEMENTS_ABLATE (an ablation run) is left out.</summary>
    public ExtractionPipelineBuilder UseDefaults()
    {
        if (RuleSwitch.On("GroupSplit"))
        {
            UseDocumentGroups(listedLines: RuleSwitch.On("ListedLines"));
        }
        else
        {
            (documentGroups, listedLines) = (false, RuleSwitch.On("ListedLines"));
        }
        if (RuleSwitch.On("SideCompleter"))
        {
            UseSideCompletion();
        }
        return UseContentItems(contentsBefore: RuleSwitch.On("ContentsBefore")).UseReferences().UsePeople();
    }

    public ExtractionPipeline Build()
    {
        var steps = new List<IExtractionStep>
        {
            new SigningDetectionStep(),
            new CandidateGenerationStep(documentGroups, listedLines),
            new FramingStep(),
        };
        if (sideCompletion)
        {
            steps.Add(new SideCompletionStep());
        }
        steps.Add(new OpeningDateStep());
        steps.Add(new AgreementAssemblyStep());
        if (contentItems)
        {
            steps.Add(new ContentItemsStep(contentsBefore));
        }
        if (references)
        {
            steps.Add(new ReferencesStep());
        }
        if (people)
        {
            steps.Add(new PeopleStep());
        }
        return new ExtractionPipeline(steps);
    }
}
