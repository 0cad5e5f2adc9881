using StatementKit.Pipeline;
using StatementKit.Text;

namespace StatementKit.Speakers;

/// <summary>What the resolvers know of one document: its entities, the organisations it names, its lower-case words,
/// and the spans of quoted content (inside which a name is not a candidate antecedent).</summary>
internal sealed record SpeakerContext(AnalysisDocument Document, EntityTable Table, OrganisationIndex Organisations, CommonWords Common, SpanSet Contents);
