package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One server setting the system administrator changed from its default (see {@code SettingsService}). */
@Entity
@Table(name = "server_setting")
public class ServerSetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServerSetting() {
    }

    public ServerSetting(String name, String value, Instant now) {
        this.name = name;
        change(value, now);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void change(String newValue, Instant now) {
        this.value = newValue;
        this.updatedAt = now;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
