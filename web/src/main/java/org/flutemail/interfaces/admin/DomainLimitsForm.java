package org.flutemail.interfaces.admin;

import java.io.Serializable;
import org.flutemail.application.Views.DomainView;

/**
 * The limits of a domain as typed on the screen: whole numbers, an empty field for "no limit"; the
 * quota in MiB, the largest message in KiB.
 */
public class DomainLimitsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long quotaMib;
    private Integer maxAccounts;
    private Long maxMessageKib;
    private String defaultClass;

    void fill(DomainView d) {
        quotaMib = SizeUnits.units(d.quotaBytes(), SizeUnits.MIB);
        maxAccounts = d.maxAccounts();
        maxMessageKib = SizeUnits.units(d.maxMessageBytes(), SizeUnits.KIB);
        defaultClass = d.defaultClassOfService();
    }

    Long quotaBytes() {
        return SizeUnits.octets(quotaMib, SizeUnits.MIB);
    }

    Integer maxAccounts() {
        return maxAccounts;
    }

    Long maxMessageBytes() {
        return SizeUnits.octets(maxMessageKib, SizeUnits.KIB);
    }

    public Long getQuotaMib() {
        return quotaMib;
    }

    public void setQuotaMib(Long quotaMib) {
        this.quotaMib = quotaMib;
    }

    public Integer getMaxAccounts() {
        return maxAccounts;
    }

    public void setMaxAccounts(Integer maxAccounts) {
        this.maxAccounts = maxAccounts;
    }

    public Long getMaxMessageKib() {
        return maxMessageKib;
    }

    public void setMaxMessageKib(Long maxMessageKib) {
        this.maxMessageKib = maxMessageKib;
    }

    public String getDefaultClass() {
        return defaultClass;
    }

    public void setDefaultClass(String defaultClass) {
        this.defaultClass = defaultClass;
    }
}
