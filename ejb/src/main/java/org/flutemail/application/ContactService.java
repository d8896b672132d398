package org.flutemail.application;

import java.io.Serializable;
import java.util.List;
import org.flutemail.domain.ContactDetails;

/** The personal address book of the logged-in account (the caller passes its address). */
public interface ContactService {

    /** One contact as the screens show it, with the names of its groups. */
    record ContactView(long id, String name, List<String> addresses, String phone, String company, String notes,
            List<Long> groupIds, List<String> groups) implements Serializable {

        public String addressList() {
            return String.join(", ", addresses);
        }

        public String groupList() {
            return String.join(", ", groups);
        }
    }

    /** One group with its members as "Name &lt;address&gt;". */
    record GroupView(long id, String name, List<String> members) implements Serializable {

        /** The id as the screens' check boxes carry it. */
        public String key() {
            return String.valueOf(id);
        }

        public String memberList() {
            return String.join(", ", members);
        }
    }

    /** What an import did: how many contacts it added or updated, and each row or card it skipped, by line. */
    record ImportReport(int imported, List<String> problems) implements Serializable {
    }

    List<ContactView> contacts(String account);

    /**
     * Creates ({@code id} null) or changes a contact, and makes it a member of exactly {@code groupIds}.
     *
     * @throws org.flutemail.domain.InvalidAddressException for a bad address
     * @throws org.flutemail.domain.InvalidRequestException for no address or a field too long
     */
    long save(String account, Long id, ContactDetails details, List<Long> groupIds);

    void delete(String account, long id);

    List<GroupView> groups(String account);

    /**
     * Creates or renames a group.
     *
     * @throws org.flutemail.domain.InvalidRequestException for a name that cannot be used
     * @throws org.flutemail.domain.ConflictException when another group has that name
     */
    long saveGroup(String account, Long id, String name);

    void deleteGroup(String account, long id);

    /**
     * Adds the contacts of an Outlook, Foxmail or generic CSV file or a vCard file (found out from the
     * content, as is its character set). A contact that has an address already in the book replaces
     * that entry; groups named in the file are made when missing.
     *
     * @throws IllegalArgumentException when the file as a whole cannot be read
     */
    ImportReport importFile(String account, byte[] data);

    /** Every contact as vCard 3.0, UTF-8. */
    byte[] exportVCard(String account);

    /** Every contact as CSV (Name, Email, Email 2, Email 3, Phone, Company, Notes, Groups), UTF-8. */
    byte[] exportCsv(String account);

    /**
     * Adds a message's sender ("Name &lt;address&gt;" as in a From header) unless a contact already has
     * the address; returns the contact's id either way.
     */
    long addSender(String account, String from);
}
