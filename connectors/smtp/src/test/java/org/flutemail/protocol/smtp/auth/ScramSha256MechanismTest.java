package org.flutemail.protocol.smtp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.ScramCredential;
import org.junit.jupiter.api.Test;

/** Against the example exchange of RFC 7677 section 3. */
class ScramSha256MechanismTest {

    private static final String CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String CLIENT_FINAL = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private final ScramSha256Mechanism mechanism =
            new ScramSha256Mechanism(new byte[32], 4096, () -> SERVER_NONCE);

    /** StoredKey and ServerKey as the account store keeps them, from the password "pencil". */
    private static ScramCredential pencil() throws Exception {
        byte[] salt = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
        byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("pencil".toCharArray(), salt, 4096, 256)).getEncoded();
        byte[] clientKey = ScramFunctions.hmac(salted, bytes("Client Key"));
        byte[] serverKey = ScramFunctions.hmac(salted, bytes("Server Key"));
        return new ScramCredential("user@flute.test", salt, 4096, ScramFunctions.sha256(clientKey), serverKey);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(SaslStep step) {
        return new String(((SaslStep.Challenge) step).data(), StandardCharsets.UTF_8);
    }

    private Authenticator knowing(ScramCredential credential) {
        return new Authenticator() {
            @Override
            public AuthVerdict checkPassword(String user, String password) {
                throw new AssertionError("SCRAM never sees a password");
            }

            @Override
            public ScramCredential scramCredential(String user) {
                return user.equals("user") ? credential : null;
            }
        };
    }

    @Test
    void rfc7677ExampleExchange() throws Exception {
        SaslExchange exchange = mechanism.start(knowing(pencil()));
        assertThat(text(exchange.respond(null))).isEmpty();
        assertThat(text(exchange.respond(bytes(CLIENT_FIRST)))).isEqualTo(SERVER_FIRST);
        assertThat(text(exchange.respond(bytes(CLIENT_FINAL)))).isEqualTo(SERVER_FINAL);
        assertThat(exchange.respond(new byte[0]))
                .isEqualTo(new SaslStep.Done(AuthVerdict.success("user@flute.test")));
    }

    @Test
    void aWrongProofFails() throws Exception {
        SaslExchange exchange = mechanism.start(knowing(pencil()));
        exchange.respond(bytes(CLIENT_FIRST));
        String wrong = CLIENT_FINAL.replace("p=dHzb", "p=dHzc");
        assertThat(exchange.respond(bytes(wrong))).isEqualTo(SaslStep.failed());
    }

    @Test
    void anUnknownUserGetsAStableMadeUpSaltAndFails() throws Exception {
        String first = text(mechanism.start(knowing(pencil())).respond(bytes("n,,n=nobody,r=abc")));
        String again = text(mechanism.start(knowing(pencil())).respond(bytes("n,,n=nobody,r=abc")));
        assertThat(first).isEqualTo(again).matches("r=abc%hvYD.*,s=[A-Za-z0-9+/]{22}==,i=4096");
        SaslExchange exchange = mechanism.start(knowing(pencil()));
        exchange.respond(bytes("n,,n=nobody,r=abc"));
        assertThat(exchange.respond(bytes("c=biws,r=abc" + SERVER_NONCE + ",p=" + "A".repeat(43) + "=")))
                .isEqualTo(SaslStep.failed());
    }

    @Test
    void malformedMessagesAndChannelBindingAreRefused() throws Exception {
        assertThat(mechanism.start(knowing(pencil())).respond(bytes("p=tls-unique,,n=user,r=x")))
                .isInstanceOf(SaslStep.Malformed.class);
        assertThat(mechanism.start(knowing(pencil())).respond(bytes("n,,r=x,n=user")))
                .isInstanceOf(SaslStep.Malformed.class);
        assertThat(mechanism.start(knowing(pencil())).respond(bytes("n,a=other,n=user,r=x")))
                .isEqualTo(SaslStep.failed());
        assertThat(ScramAttributes.saslName("a=2Cb=3Dc")).isEqualTo("a,b=c");
    }
}
