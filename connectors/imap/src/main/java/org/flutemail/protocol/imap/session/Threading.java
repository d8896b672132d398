package org.flutemail.protocol.imap.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.flutemail.protocol.imap.store.ImapStore.SortFields;

/**
 * The THREAD algorithms of RFC 5256: ORDEREDSUBJECT (by base subject, then date) and REFERENCES (by
 * the References and In-Reply-To fields, then by subject), rendered as the THREAD response's lists.
 */
final class Threading {

    /** A message, or a dummy standing for one that is referred to but not here. */
    private static final class Node {
        SortFields message;
        Node parent;
        final List<Node> children = new ArrayList<>();

        boolean isDummy() {
            return message == null;
        }

        boolean isAncestorOf(Node other) {
            for (Node n = other; n != null; n = n.parent) {
                if (n == this) {
                    return true;
                }
            }
            return false;
        }

        void add(Node child) {
            if (child.parent != null) {
                child.parent.children.remove(child);
            }
            child.parent = this;
            children.add(child);
        }
    }

    private final ToLongFunction<SortFields> number;

    /** @param number how a message is named in the response: its sequence number or UID */
    Threading(ToLongFunction<SortFields> number) {
        this.number = number;
    }

    String orderedSubject(List<SortFields> messages) {
        Map<String, Node> bySubject = new LinkedHashMap<>();
        List<SortFields> byDate = messages.stream()
                .sorted(Comparator.comparing(Sorting::sentDate).thenComparingLong(SortFields::uid)).toList();
        List<Node> roots = new ArrayList<>();
        for (SortFields message : byDate) {
            Node node = new Node();
            node.message = message;
            Node first = bySubject.get(BaseSubject.of(message.subject()));
            if (first == null) {
                bySubject.put(BaseSubject.of(message.subject()), node);
                roots.add(node);
            } else {
                first.add(node);
            }
        }
        return render(roots);
    }

    String references(List<SortFields> messages) {
        Map<String, Node> byId = new HashMap<>();
        int unique = 0;
        for (SortFields message : messages) {
            String id = message.messageId();
            Node node = id == null ? null : byId.get(id);
            if (node == null || !node.isDummy()) {
                // A missing or repeated Message-ID makes a message of its own (RFC 5256 section 4, (1)(A)).
                id = node == null && id != null ? id : "\0unique " + unique++;
                node = new Node();
                byId.put(id, node);
            }
            node.message = message;
            List<String> references = new ArrayList<>(message.references());
            if (references.isEmpty() && message.inReplyTo() != null) {
                references.add(message.inReplyTo());
            }
            Node previous = null;
            for (String reference : references) {
                Node referred = byId.computeIfAbsent(reference, r -> new Node());
                if (previous != null && referred.parent == null && referred != previous
                        && !referred.isAncestorOf(previous)) {
                    previous.add(referred);
                }
                previous = referred;
            }
            if (node.parent != null) {
                node.parent.children.remove(node);
                node.parent = null;
            }
            if (previous != null && previous != node && !node.isAncestorOf(previous)) {
                previous.add(node);
            }
        }
        List<Node> roots = new ArrayList<>();
        for (Node node : new ArrayList<>(byId.values())) {
            if (node.parent == null) {
                roots.add(node);
            }
        }
        roots = prune(roots, true);
        sort(roots);
        roots = mergeBySubject(roots);
        sortDeep(roots);
        return render(roots);
    }

    /** Step (3): dummies without children go; a dummy's children take its place, except at the root. */
    private List<Node> prune(List<Node> siblings, boolean atRoot) {
        List<Node> kept = new ArrayList<>();
        for (Node node : siblings) {
            List<Node> children = prune(new ArrayList<>(node.children), false);
            node.children.clear();
            children.forEach(child -> {
                child.parent = node;
                node.children.add(child);
            });
            if (!node.isDummy()) {
                kept.add(node);
            } else if (node.children.isEmpty()) {
                continue;
            } else if (!atRoot || node.children.size() == 1) {
                for (Node child : node.children) {
                    child.parent = atRoot ? null : node.parent;
                    kept.add(child);
                }
            } else {
                kept.add(node);
            }
        }
        return kept;
    }

    /** Step (5): roots with the same base subject are gathered. */
    private List<Node> mergeBySubject(List<Node> roots) {
        Map<String, Node> table = new HashMap<>();
        for (Node root : roots) {
            String subject = BaseSubject.of(representative(root).subject());
            if (subject.isEmpty()) {
                continue;
            }
            Node known = table.get(subject);
            if (known == null || root.isDummy() && !known.isDummy()
                    || !known.isDummy() && isReply(known) && !root.isDummy() && !isReply(root)) {
                table.put(subject, root);
            }
        }
        List<Node> merged = new ArrayList<>();
        for (Node root : roots) {
            String subject = BaseSubject.of(representative(root).subject());
            Node known = subject.isEmpty() ? null : table.get(subject);
            if (known == null || known == root) {
                merged.add(root);
                continue;
            }
            if (known.isDummy() && root.isDummy()) {
                new ArrayList<>(root.children).forEach(known::add);
            } else if (known.isDummy()) {
                known.add(root);
            } else if (!isReply(known) && isReply(root)) {
                known.add(root);
            } else {
                Node dummy = new Node();
                int at = merged.indexOf(known);
                dummy.add(known);
                dummy.add(root);
                table.put(subject, dummy);
                if (at >= 0) {
                    merged.set(at, dummy);
                } else {
                    merged.add(dummy);
                }
            }
        }
        return merged;
    }

    private static boolean isReply(Node node) {
        return BaseSubject.isReplyOrForward(node.message.subject());
    }

    private static SortFields representative(Node node) {
        Node n = node;
        while (n.isDummy() && !n.children.isEmpty()) {
            n = n.children.get(0);
        }
        return n.message;
    }

    private void sortDeep(List<Node> siblings) {
        for (Node node : siblings) {
            sortDeep(node.children);
        }
        sort(siblings);
    }

    /** Siblings by sent date, a dummy by its first child's; ties by position in the mailbox. */
    private static void sort(List<Node> siblings) {
        for (Node node : siblings) {
            if (node.isDummy()) {
                sort(node.children);
            }
        }
        siblings.sort(Comparator.comparing((Node n) -> date(n)).thenComparingLong(n -> representative(n).uid()));
    }

    private static Instant date(Node node) {
        return Sorting.sentDate(representative(node));
    }

    private String render(List<Node> roots) {
        StringBuilder out = new StringBuilder();
        for (Node root : roots) {
            out.append('(');
            write(root, out);
            out.append(')');
        }
        return out.toString();
    }

    /** A chain of only children is written flat; several children each get their own list. */
    private void write(Node node, StringBuilder out) {
        if (!node.isDummy()) {
            out.append(number.applyAsLong(node.message));
        }
        if (node.children.size() == 1) {
            if (!node.isDummy()) {
                out.append(' ');
            }
            write(node.children.get(0), out);
        } else if (!node.children.isEmpty()) {
            if (!node.isDummy()) {
                out.append(' ');
            }
            for (Node child : node.children) {
                out.append('(');
                write(child, out);
                out.append(')');
            }
        }
    }
}
