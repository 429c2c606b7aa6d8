package org.oas.tip.questionnaire.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Makes a structured questionnaire reconcilable: every group with an {@code instrumentKind} gets the reserved items of
 * issue 9 (registry id, revision seen, action, end status and date, withdrawal reason; plans and policies also a
 * successor by registry id), with texts in en, es, fr and pt. The definition passed in is copied, never changed.
 */
public final class ReservedItems {

    /** Kinds whose entries may name a successor plan or policy. */
    static final Set<String> SUCCEEDED = Set.of("PLAN", "NATIONAL_POLICY");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ReservedItems() {
    }

    /** A copy of the definition with the reserved items added to each instrument group, as version {@code version}. */
    public static ObjectNode addTo(JsonNode definition, String version) {
        ObjectNode copy = definition.deepCopy();
        copy.put("version", version);
        walk((ArrayNode) copy.get("items"));
        return copy;
    }

    private static void walk(ArrayNode items) {
        for (JsonNode item : items) {
            if (item.has("items")) {
                walk((ArrayNode) item.get("items"));
            }
            if (item.hasNonNull("instrumentKind")) {
                add((ObjectNode) item);
            }
        }
    }

    private static void add(ObjectNode group) {
        String g = group.get("linkId").asText();
        ArrayNode items = (ArrayNode) group.get("items");
        items.add(item(g + ".registry_id", "integer", "registryId",
                texts("Registry id", "Identificador en el registro", "Identifiant dans le registre", "Identificador no registro"))
                .put("minValue", 1));
        items.add(item(g + ".registry_revision", "integer", "registryRevision",
                texts("Registry version seen", "Versión del registro consultada", "Version du registre consultée",
                        "Versão do registro consultada")).put("minValue", 1));
        ObjectNode action = item(g + ".action", "choice", "action",
                texts("What became of this entry since the last report", "Qué pasó con esta entrada desde el último informe",
                        "Ce qu'il est advenu de cette entrée depuis le dernier rapport",
                        "O que aconteceu com esta entrada desde o último relatório"));
        ArrayNode actions = action.putArray("answerOptions");
        actions.add(option("CONFIRM", texts("Still in force, unchanged", "Sigue vigente, sin cambios", "Toujours en vigueur, inchangé",
                "Continua em vigor, sem alterações")));
        actions.add(option("UPDATE", texts("Still in force, updated", "Sigue vigente, actualizado", "Toujours en vigueur, mis à jour",
                "Continua em vigor, atualizado")));
        actions.add(option("END", texts("Ended or repealed", "Finalizado o derogado", "Terminé ou abrogé", "Encerrado ou revogado")));
        actions.add(option("WITHDRAW", texts("Reported in error (withdraw it)", "Informado por error (retirarlo)",
                "Signalé par erreur (le retirer)", "Informado por engano (retirá-lo)")));
        items.add(action);
        ObjectNode status = when(item(g + ".status", "choice", "status",
                texts("How it ended", "Cómo terminó", "Comment il a pris fin", "Como terminou")), g + ".action", "END");
        ArrayNode statuses = status.putArray("answerOptions");
        statuses.add(option("ENDED", texts("Ended", "Finalizado", "Terminé", "Encerrado")));
        statuses.add(option("REPEALED", texts("Repealed", "Derogado", "Abrogé", "Revogado")));
        items.add(status);
        items.add(when(item(g + ".status_date", "date", "statusDate",
                texts("Date it ended", "Fecha en que terminó", "Date à laquelle il a pris fin", "Data em que terminou")),
                g + ".action", "END"));
        items.add(when(item(g + ".withdrawal_reason", "text", "reason",
                texts("Why it was reported in error", "Por qué se informó por error", "Pourquoi il a été signalé par erreur",
                        "Por que foi informado por engano")), g + ".action", "WITHDRAW").put("maxLength", 2000));
        if (SUCCEEDED.contains(group.get("instrumentKind").asText())) {
            items.add(item(g + ".successor_id", "integer", "successorId",
                    texts("Replaced by (registry id of a plan or policy of the inventory)",
                            "Reemplazado por (identificador en el registro de un plan o política del inventario)",
                            "Remplacé par (identifiant dans le registre d'un plan ou d'une politique de l'inventaire)",
                            "Substituído por (identificador no registro de um plano ou política do inventário)")).put("minValue", 1));
        }
    }

    private static ObjectNode item(String linkId, String type, String role, ObjectNode text) {
        ObjectNode item = JSON.objectNode().put("linkId", linkId).put("type", type);
        item.set("text", text);
        return item.put("reserved", role);
    }

    /** Enabled, and then required, only when the action is the given one. */
    private static ObjectNode when(ObjectNode item, String question, String answer) {
        item.put("required", true);
        item.putArray("enableWhen").addObject().put("question", question).put("operator", "=").put("answer", answer);
        return item;
    }

    private static ObjectNode option(String code, ObjectNode display) {
        ObjectNode option = JSON.objectNode().put("code", code);
        option.set("display", display);
        return option;
    }

    private static ObjectNode texts(String en, String es, String fr, String pt) {
        return JSON.objectNode().put("en", en).put("es", es).put("fr", fr).put("pt", pt);
    }
}
