using OpenApiGen.Generator.Tests.Corpus;
using OpenApiGen.Tests.Prism;
using Xunit;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>A theory over corpus documents served by Prism, skipped with instructions when either is missing.</summary>
public sealed class PrismCorpusTheoryAttribute : TheoryAttribute
{
    public PrismCorpusTheoryAttribute()
    {
        if (CorpusFolder.Path is null)
        {
            Skip = $"Set {CorpusFolder.Variable} to the folder of corpus documents to run the Prism corpus test.";
        }
        else if (PrismFactAttribute.Executable is null)
        {
            Skip = $"{PrismFactAttribute.Variable} is not set. Run 'npm ci' in tests/prism and set "
                + $"{PrismFactAttribute.Variable} to tests/prism/node_modules/.bin/prism, as .ci/run does.";
        }
    }
}
