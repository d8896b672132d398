package org.flutemail.interfaces.rest;

import java.util.List;

/** The JSON bodies the API accepts. */
final class Requests {

    private Requests() {
    }

    public record NewDomain(String name) {
    }

    /** What a domain's users may do: send only as their own addresses, or as any. */
    public record DomainPolicy(Boolean senderMustBeOwned) {
    }

    /**
     * The limits a domain gets (null: none of that kind) and the class of service of its accounts that
     * have none of their own (null: none).
     */
    public record DomainLimits(Long quotaBytes, Integer maxAccounts, Long maxMessageBytes,
            String defaultClassOfService) {
    }

    /** {@code access}: all the class grants, names of {@code org.flutemail.domain.Access}. */
    public record ClassOfServiceBody(String name, Long quotaBytes, Long maxMessageBytes, List<String> access) {
    }

    /** {@code name}: null or blank gives the account its domain's default class again. */
    public record ClassOfServiceChoice(String name) {
    }

    public record NewAccount(String address, String password, String displayName, Long quotaBytes) {
    }

    public record AccountChange(String displayName, Long quotaBytes) {
    }

    /** {@code mustChange}: the user has to replace it before the next mail login (for resets). */
    public record NewPassword(String password, Boolean mustChange) {
    }

    public record NewDisplayName(String displayName) {
    }

    /** An mbox file or Maildir directory under the server's import root. */
    public record FileImport(String address, String format, String path, String folder) {
    }

    public record NewAlias(String address, List<String> targets) {
    }

    public record AliasTargets(List<String> targets) {
    }

    public record ListMember(String address) {
    }

    /** A PEM certificate chain (leaf first) and its PEM PKCS#8 private key. */
    public record NewCertificate(String certificate, String privateKey) {
    }

    /** A notice: {@code scope} system, domain (with {@code domain}) or group (with {@code group}, an alias). */
    public record NewBroadcast(String scope, String domain, String group, String subject, String body) {
    }

    /** Where a listener accepts; {@code enabled} false switches it off (null: on). */
    public record ListenerPlacementBody(Integer port, Boolean enabled) {
    }
}
