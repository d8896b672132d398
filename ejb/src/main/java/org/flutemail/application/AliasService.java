package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.AliasView;

public interface AliasService {

    AliasView create(String address, List<String> targets);

    List<AliasView> list(String domain);

    AliasView get(String address);

    AliasView retarget(String address, List<String> targets);

    void delete(String address);
}
