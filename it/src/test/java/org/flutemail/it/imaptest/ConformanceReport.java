package org.flutemail.it.imaptest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The results of a run by script name, as a Markdown table with totals. */
public record ConformanceReport(List<ScriptResult> results) {

    public ConformanceReport {
        results = List.copyOf(results);
    }

    public long count(ScriptResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public Set<String> passed() {
        TreeSet<String> names = new TreeSet<>();
        results.stream().filter(ScriptResult::passed).forEach(r -> names.add(r.script()));
        return names;
    }

    public ScriptResult result(String script) {
        return results.stream().filter(r -> r.script().equals(script)).findFirst().orElse(null);
    }

    public String totals() {
        return results.size() + " scripts: " + count(ScriptResult.Outcome.PASS) + " PASS, "
                + count(ScriptResult.Outcome.FAIL) + " FAIL, " + count(ScriptResult.Outcome.SKIP) + " SKIP";
    }

    public String table() {
        StringBuilder out = new StringBuilder("| script | result | first mismatch / reason |\n|---|---|---|\n");
        for (ScriptResult result : results) {
            out.append("| ").append(result.script()).append(" | ").append(result.outcome()).append(" | ")
                    .append(result.detail().replace("|", "\\|")).append(" |\n");
        }
        return out.append('\n').append(totals()).append('\n').toString();
    }
}
