package org.flutemail.protocol.imap.command;

/**
 * {@code SELECT|EXAMINE mailbox [(CONDSTORE | QRESYNC (uidvalidity modseq [known-uids [(seqs uids)]]))]}
 * (RFC 7162 sections 3.1.8 and 3.2.5).
 */
final class SelectParser implements CommandParser {

    private final boolean readOnly;

    SelectParser(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        String mailbox = arguments.mailbox();
        boolean condStore = false;
        ImapCommand.Qresync qresync = null;
        if (arguments.hasMore()) {
            ArgumentReader parameters = arguments.listReader("SELECT parameters");
            while (parameters.hasMore()) {
                String name = parameters.keyword("SELECT parameter");
                if (name.equals("CONDSTORE") && !condStore) {
                    condStore = true;
                } else if (name.equals("QRESYNC") && qresync == null) {
                    qresync = qresync(parameters.listReader("QRESYNC parameters"));
                } else {
                    throw new BadCommandException("Unknown or repeated SELECT parameter " + name);
                }
            }
        }
        arguments.end();
        return new ImapCommand.Select(mailbox, readOnly, condStore, qresync);
    }

    private static ImapCommand.Qresync qresync(ArgumentReader values) throws BadCommandException {
        long uidValidity = values.number("UIDVALIDITY", 1);
        long modSeq = values.number("mod-sequence", 1);
        SequenceSet knownUids = null;
        SequenceSet sequences = null;
        SequenceSet uids = null;
        if (values.hasMore() && !values.nextIsList()) {
            knownUids = values.sequenceSet();
        }
        if (values.hasMore()) {
            ArgumentReader match = values.listReader("sequence match data");
            sequences = match.sequenceSet();
            uids = match.sequenceSet();
            match.end();
        }
        values.end();
        return new ImapCommand.Qresync(uidValidity, modSeq, knownUids, sequences, uids);
    }
}
