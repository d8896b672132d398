package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface ServerSettingRepository {

    List<ServerSetting> all();

    Optional<ServerSetting> byName(String name);

    void add(ServerSetting setting);

    void remove(ServerSetting setting);
}
