package org.flutemail.protocol.imap.command;

/** {@code COPY|MOVE sequence-set mailbox} and their UID forms (MOVE: RFC 6851). */
final class TransferParser implements CommandParser {

    private final boolean move;

    TransferParser(boolean move) {
        this.move = move;
    }

    @Override
    public ImapCommand parse(ArgumentReader arguments, boolean uid) throws BadCommandException {
        SequenceSet set = arguments.sequenceSet();
        String mailbox = arguments.mailbox();
        arguments.end();
        return new ImapCommand.Transfer(uid, move, set, mailbox);
    }
}
