package org.flutemail.application;

import java.util.List;
import java.util.Set;
import org.flutemail.application.Views.ClassOfServiceView;
import org.flutemail.domain.Access;

/** The system administrator's classes of service: named templates of limits and access. */
public interface ClassOfServiceService {

    /** What a class is to be: null limits mean none of that kind; {@code access} is all it grants. */
    record Template(Long quotaBytes, Long maxMessageBytes, Set<Access> access) {
    }

    List<ClassOfServiceView> list();

    ClassOfServiceView get(String name);

    /** A name in use is a conflict. */
    ClassOfServiceView create(String name, Template template);

    ClassOfServiceView update(String name, Template template);

    /** A class that an account or a domain still uses is a conflict. */
    void delete(String name);
}
