package org.flutemail.interfaces.admin;

import java.io.Serializable;
import org.flutemail.application.Views.DomainView;
import org.flutemail.domain.InvalidRequestException;

/**
 * The limits of a domain as typed on the screen: whole numbers, an empty field for "no limit". Sizes
 * are typed in MiB (what administrators think in) and stored in octets.
 */
public class DomainLimitsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MIB = 1024L * 1024;

    private Long quotaMib;
    private Integer maxAccounts;
    private Long maxMessageKib;
    private String defaultClass;

    void fill(DomainView d) {
        quotaMib = d.quotaBytes() == null ? null : d.quotaBytes() / MIB;
        maxAccounts = d.maxAccounts();
        maxMessageKib = d.maxMessageBytes() == null ? null : d.maxMessageBytes() / 1024;
        defaultClass = d.defaultClassOfService();
    }

    Long quotaBytes() {
        return octets(quotaMib, MIB);
    }

    Integer maxAccounts() {
        return maxAccounts;
    }

    Long maxMessageBytes() {
        return octets(maxMessageKib, 1024);
    }

    /** A negative number stays negative, for the domain to refuse with its own message. */
    private static Long octets(Long units, long unit) {
        if (units == null) {
            return null;
        }
        if (Math.abs(units) > Long.MAX_VALUE / unit) {
            throw new InvalidRequestException(units + " is more than any storage holds");
        }
        return units * unit;
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
