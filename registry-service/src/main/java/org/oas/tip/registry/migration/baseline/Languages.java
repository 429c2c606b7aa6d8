package org.oas.tip.registry.migration.baseline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Infers the BCP 47 language (es, en, pt, fr) of a title printed in the report from its function words. */
final class Languages {

    private static final Pattern WORD = Pattern.compile("[\\p{L}'-]+");
    // the report prints titles in four languages; function words and recurring nouns tell them apart
    private static final Set<String> FRENCH = Set.of("traite", "lutte", "stratégie", "d'action", "des", "pour");
    private static final Set<String> PORTUGUESE = Set.of("pessoas", "plano", "enfrentamento", "ao");
    private static final Set<String> SPANISH = Set.of("de", "la", "el", "los", "las", "del", "contra", "para", "y", "en",
            "por", "sobre", "con", "trata", "personas", "ley", "política", "nacional", "protocolo", "guía", "víctimas",
            "informe", "unidad", "estadística", "estadístico", "estadísticas", "código", "penal", "decreto", "comisión",
            "consejo", "mesa", "programa", "estrategia", "atención", "asistencia", "delitos", "sus", "su", "modificó",
            "tráfico", "ministerio", "secretaría", "procuraduría", "manual", "diagnóstico", "rutas");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "in", "for", "against", "to", "on", "persons",
            "trafficking", "act", "line", "telephone", "hotline", "police", "unit", "code", "national", "plan", "action",
            "report", "strategy", "human", "protocol", "guidelines", "number", "commission", "offices", "teams", "task",
            "forces", "response", "team", "law", "immigration", "program", "crime", "reporting", "model", "ministry",
            "department", "office", "website", "shelter", "services", "system", "sop", "complaints", "victims");

    private Languages() {
    }

    /** es, en, pt or fr; null when the title has no word that tells (an acronym, a bare number). */
    static String of(String title) {
        int fr = 0;
        int pt = 0;
        int es = 0;
        int en = 0;
        Matcher words = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String w = words.group();
            fr += FRENCH.contains(w) ? 1 : 0;
            pt += PORTUGUESE.contains(w) ? 1 : 0;
            es += SPANISH.contains(w) ? 1 : 0;
            en += ENGLISH.contains(w) ? 1 : 0;
        }
        if (fr >= 2) {
            return "fr";
        }
        if (pt >= 2) {
            return "pt";
        }
        if (es == 0 && en == 0) {
            return null;
        }
        // a tie goes to English: those are the report's English descriptions around a Spanish proper name
        return es > en ? "es" : "en";
    }
}
