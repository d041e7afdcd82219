namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>The rule templates (a subset of Declare, plus the four-eyes principle and a deadline).</summary>
public enum DeclareTemplate
{
    /// <summary><c>existence(a)</c>: a occurs in the case.</summary>
    Existence,
    /// <summary><c>absence(a)</c>: a never occurs.</summary>
    Absence,
    /// <summary><c>init(a)</c>: the case starts with a.</summary>
    Init,
    /// <summary><c>end(a)</c>: the case ends with a.</summary>
    End,
    /// <summary><c>response(a, b)</c>: every a is followed later by some b.</summary>
    Response,
    /// <summary><c>precedence(a, b)</c>: every b has some a before it.</summary>
    Precedence,
    /// <summary><c>succession(a, b)</c>: response and precedence.</summary>
    Succession,
    /// <summary><c>chain_response(a, b)</c>: every a is directly followed by b.</summary>
    ChainResponse,
    /// <summary><c>not_coexistence(a, b)</c>: a and b do not both occur in one case.</summary>
    NotCoexistence,
    /// <summary><c>four_eyes(a, b)</c>: no resource performs both a and b in one case.</summary>
    FourEyes,
    /// <summary><c>max_duration(a, b, seconds)</c>: from the first a to the next b takes at most the given seconds.</summary>
    MaxDuration,
}
