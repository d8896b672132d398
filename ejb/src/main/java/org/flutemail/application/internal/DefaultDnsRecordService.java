package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.flutemail.application.DkimKeyService;
import org.flutemail.application.DnsRecordService;
import org.flutemail.dns.DnsResolver;

/** Reads only; the check asks DNS outside any transaction, since a look-up may take seconds. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultDnsRecordService implements DnsRecordService {

    @Inject
    DkimKeyService dkimKeys;

    @Inject
    Lookups lookups;

    @Inject
    DnsResolver dns;

    /** The stored host name, else the configured one: read at each use, so a change applies at once. */
    @Inject
    StoredSettings settings;

    @Override
    public List<DnsRecordView> expected(String domain) {
        String name = lookups.domain(domain).name();
        List<DnsRecordCheck.DkimRecord> keys = dkimKeys.list(name).stream().filter(DkimKeyService.DkimKeyView::active)
                .map(k -> new DnsRecordCheck.DkimRecord(k.dnsName(), k.dnsValue())).toList();
        return DnsRecordCheck.expected(name, settings.hostName(), keys);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DnsRecordView> check(String domain) {
        return DnsRecordCheck.check(expected(domain), settings.hostName(), dns);
    }
}
