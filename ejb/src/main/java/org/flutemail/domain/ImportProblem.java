package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Why a message or a whole folder could not be imported. */
@Embeddable
public class ImportProblem {

    private String folder;

    private String item;

    @Column(nullable = false)
    private String reason;

    protected ImportProblem() {
    }

    public ImportProblem(String folder, String item, String reason) {
        this.folder = clip(folder, 1000);
        this.item = clip(item, 400);
        this.reason = clip(reason == null ? "unknown error" : reason, 2000);
    }

    public String folder() {
        return folder;
    }

    public String item() {
        return item;
    }

    public String reason() {
        return reason;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
