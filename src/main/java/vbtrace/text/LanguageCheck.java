package vbtrace.text;

import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP's language detector (opennlp-models-langdetect) as a second opinion before a legacy
 * conversion is accepted: the converted text must also read as Vietnamese ("vie") to a model
 * that knows nothing of syllable shapes. Loaded on first use only (the model is 10 MB), which is
 * only on the rare path of a file that is not plain UTF-8. When the model cannot be loaded the
 * check passes, and the syllable score alone decides.
 */
final class LanguageCheck {
    private LanguageCheck() {}

    private static final int SAMPLE = 4000;
    private static volatile LanguageDetectorME detector;
    private static volatile boolean unavailable;

    static boolean readsAsVietnamese(CharSequence text) {
        LanguageDetectorME d = detector();
        if (d == null) return true;
        CharSequence sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text;
        Language lang;
        synchronized (LanguageCheck.class) {
            lang = d.predictLanguage(sample);
        }
        return "vie".equals(lang.getLang());
    }

    private static LanguageDetectorME detector() {
        if (detector != null || unavailable) return detector;
        synchronized (LanguageCheck.class) {
            if (detector == null && !unavailable) {
                // OpenNLP logs through SLF4J; without a provider SLF4J prints three warning lines
                // on stderr, which a CLI user would take for an error with their file
                if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
                try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
                    if (in == null) unavailable = true;
                    else detector = new LanguageDetectorME(new LanguageDetectorModel(in));
                } catch (Exception | LinkageError e) {
                    unavailable = true;
                }
            }
        }
        return detector;
    }
}
