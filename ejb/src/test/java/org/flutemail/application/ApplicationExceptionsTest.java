package org.flutemail.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flutemail.domain.AccessDeniedException;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.WeakPasswordException;
import org.flutemail.migration.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The exceptions that tell a caller what it did wrong must be application exceptions in
 * {@code ejb-jar.xml}: otherwise the container logs each refusal as an EJB error and wraps it.
 */
class ApplicationExceptionsTest {

    @Test
    void everyCallerMistakeIsDeclaredWithRollbackAndNamesALoadableClass() throws Exception {
        List<Class<?>> declared = new ArrayList<>();
        List<String> rollbacks = new ArrayList<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/ejb-jar.xml")) {
            NodeList entries = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("application-exception");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                declared.add(Class.forName(text(entry, "exception-class")));
                rollbacks.add(text(entry, "rollback"));
            }
        }
        assertThat(declared).contains(AccessDeniedException.class, NotFoundException.class, ConflictException.class,
                InvalidRequestException.class, InvalidAddressException.class, WeakPasswordException.class,
                CsvReader.CsvException.class);
        assertThat(declared).allSatisfy(c -> assertThat(RuntimeException.class).isAssignableFrom(c));
        assertThat(rollbacks).containsOnly("true");
    }

    private static String text(Element entry, String tag) {
        return entry.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
