package org.flutemail.it.support;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Starts one {@link FluteServer} per test class annotated with {@link FluteServerTest}. */
final class FluteServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FluteServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<FluteServerTest> annotation = AnnotationSupport.findAnnotation(testClass, FluteServerTest.class);
        if (annotation.isEmpty()) {
            return; // a @Nested class: it uses the server of the class that encloses it
        }
        FluteServerTest settings = annotation.get();
        FluteServer server = FluteServer.create(testClass.getSimpleName(), settings.portOffset(),
                TestDatabase.fromSystemProperty(testClass.getSimpleName()), java.util.List.of(settings.properties()));
        context.getStore(NAMESPACE).put(FluteServer.class, server);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!AnnotationSupport.isAnnotated(context.getRequiredTestClass(), FluteServerTest.class)) {
            return;
        }
        FluteServer server = context.getStore(NAMESPACE).remove(FluteServer.class, FluteServer.class);
        if (server != null) {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FluteServer.class || type == FluteApi.class || type == MailboxProbe.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        FluteServer server = context.getStore(NAMESPACE).get(FluteServer.class, FluteServer.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == FluteServer.class) {
            return server;
        }
        if (type == FluteApi.class) {
            return server.api();
        }
        return new MailboxProbe(server.api());
    }
}
