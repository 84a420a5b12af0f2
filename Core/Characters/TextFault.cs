namespace DeadlineBot.Core.Characters;

/// <summary>What makes a piece of user text unfit to store and show (see <see cref="SafeText"/>).</summary>
public enum TextFault
{
    None,

    /// <summary>A control character (C0, DEL, C1) or a line or paragraph separator: one line of text holds none.</summary>
    Control,

    /// <summary>
    /// An invisible formatting character (Unicode category Cf): bidi controls such as U+202E that reorder what is shown,
    /// zero-width spaces and joiners, the BOM, the soft hyphen, tag characters. They make one text look like another.
    /// </summary>
    Invisible,

    /// <summary>Not a character at all: a noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …) or half of a surrogate pair.</summary>
    NotACharacter,
}
