package org.flutemail.protocol.smtp.client.route;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

/**
 * An authoritative UDP DNS responder on loopback, built on dnsjava's {@link Message}: it answers
 * from records the test adds, NXDOMAIN for names it does not know, SERVFAIL or silence for names
 * the test marks so.
 */
final class FakeDnsServer implements AutoCloseable {

    private static final long TTL = 60;

    private final DatagramSocket socket;
    private final List<Record> records = new CopyOnWriteArrayList<>();
    private final Set<Name> failing = ConcurrentHashMap.newKeySet();
    private final Set<Name> silent = ConcurrentHashMap.newKeySet();
    private final Map<Name, Boolean> known = new ConcurrentHashMap<>();

    FakeDnsServer() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread responder = new Thread(this::serve, "fake-dns");
        responder.setDaemon(true);
        responder.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    FakeDnsServer mx(String domain, int preference, String host) throws TextParseException {
        return add(new MXRecord(name(domain), DClass.IN, TTL, preference, name(host)));
    }

    FakeDnsServer a(String host, String address) throws IOException {
        return add(new ARecord(name(host), DClass.IN, TTL, InetAddress.getByName(address)));
    }

    FakeDnsServer aaaa(String host, String address) throws IOException {
        return add(new AAAARecord(name(host), DClass.IN, TTL, InetAddress.getByName(address)));
    }

    /** The name exists but has no records of the asked type (NODATA). */
    FakeDnsServer exists(String host) throws TextParseException {
        known.put(name(host), true);
        return this;
    }

    FakeDnsServer servfail(String host) throws TextParseException {
        failing.add(name(host));
        return this;
    }

    FakeDnsServer silent(String host) throws TextParseException {
        silent.add(name(host));
        return this;
    }

    private FakeDnsServer add(Record record) {
        records.add(record);
        known.put(record.getName(), true);
        return this;
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                if (silent.contains(query.getQuestion().getName())) {
                    continue;
                }
                byte[] answer = answer(query).toWire();
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException closedOrGarbage) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private Message answer(Message query) throws TextParseException {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.getHeader().setFlag(Flags.RD);
        response.getHeader().setFlag(Flags.RA);
        response.addRecord(question, Section.QUESTION);
        Name name = question.getName();
        if (failing.contains(name)) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response;
        }
        if (!known.containsKey(name)) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            response.addRecord(soa(name), Section.AUTHORITY);
            return response;
        }
        boolean any = false;
        for (Record r : records) {
            if (r.getName().equals(name) && r.getType() == question.getType()) {
                response.addRecord(r, Section.ANSWER);
                any = true;
            }
        }
        if (!any) {
            response.addRecord(soa(name), Section.AUTHORITY);
        }
        return response;
    }

    /** A SOA for the name's parent zone, so that negative answers are well-formed. */
    private static Record soa(Name name) throws TextParseException {
        Name zone = name.labels() > 3 ? new Name(name, name.labels() - 3) : name;
        return new SOARecord(zone, DClass.IN, TTL, name("ns." + zone), name("hostmaster." + zone), 1, 3600, 600, 86400, TTL);
    }

    private static Name name(String text) throws TextParseException {
        return Name.fromString(text.endsWith(".") ? text : text + ".");
    }

    @Override
    public void close() {
        socket.close();
    }
}
