package vbtrace.ingest;

import java.util.List;

/**
 * How usable a PDF's text layer is, judged from the language rather than the file: a scan has
 * (almost) no letters; a broken layer has Vietnamese words but has lost the letters outside
 * Latin-1 (ă đ ơ ư and every vowel with a dot below or hook: "CÔNG  HÒA XÃ     NAM"), which its
 * font could not map to Unicode. In Vietnamese prose about a fifth of all letters are such letters.
 *
 * @param quality          the verdict
 * @param letters          letters in the text layer
 * @param pages            pages in the document
 * @param vietnameseShare  share of letters that only Vietnamese uses (ă đ ơ ư ĩ ũ, U+1EA0–U+1EF9)
 * @param pagesWithoutText pages with (almost) no letters: images only, or blank
 */
public record TextLayer(Quality quality, int letters, int pages, double vietnameseShare, int pagesWithoutText) {
    public enum Quality { GOOD, SCANNED, BROKEN }

    /** Fewer letters than this per page on average: the pages are images (a stamp's text at most). */
    static final int MIN_LETTERS_PER_PAGE = 100;
    /** A page with fewer letters has no text layer (Tika's AUTO OCR strategy uses the same bar). */
    static final int MIN_LETTERS_ON_A_PAGE = 10;
    /** Below this share of Vietnamese-only letters, Vietnamese-looking text has lost its letters (normal ≈ 0.20). */
    static final double MIN_VIETNAMESE_SHARE = 0.05;
    /** Latin-1 vowels with Vietnamese tone marks (à ã ô …) above this share: the text is meant to be Vietnamese. */
    static final double MIN_TONED_LATIN1_SHARE = 0.02;

    public static TextLayer assess(String text, List<Integer> pageLetters) {
        int pages = Math.max(1, pageLetters.size());
        int letters = 0, vietnamese = 0, tonedLatin1 = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (!Character.isLetter(c)) continue;
            letters++;
            if (isVietnameseOnly(c)) vietnamese++;
            else if ("àáâãèéêìíòóôõùúý".indexOf(c) >= 0) tonedLatin1++;
        }
        double share = letters == 0 ? 0 : (double) vietnamese / letters;
        Quality quality;
        if (letters < MIN_LETTERS_PER_PAGE * pages) quality = Quality.SCANNED;
        else if (share < MIN_VIETNAMESE_SHARE && (double) tonedLatin1 / letters > MIN_TONED_LATIN1_SHARE) quality = Quality.BROKEN;
        else quality = Quality.GOOD;
        int withoutText = (int) pageLetters.stream().filter(n -> n < MIN_LETTERS_ON_A_PAGE).count();
        return new TextLayer(quality, letters, pageLetters.size(), share, withoutText);
    }

    private static boolean isVietnameseOnly(char c) {
        return c == 'ă' || c == 'đ' || c == 'ơ' || c == 'ư' || c == 'ĩ' || c == 'ũ' || (c >= '\u1EA0' && c <= '\u1EF9');
    }
}
