package org.flutemail.protocol.smtp.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.ScramCredential;

/**
 * One SCRAM-SHA-256 exchange (RFC 5802 section 5): client-first, server-first, client-final,
 * server-final; the server-final message goes out as a last challenge and the client's empty answer
 * completes the exchange, as RFC 4954 section 4 prescribes for additional data with success.
 *
 * <p>Channel binding is not offered (no -PLUS mechanism), so the client must send {@code n} or
 * {@code y}. User names are taken as sent: SASLprep is not applied, so names must already be in
 * their canonical form (account addresses are).
 */
final class ScramExchange implements SaslExchange {

    private enum Stage { START, CLIENT_FIRST, CLIENT_FINAL, ACKNOWLEDGE, DONE }

    private final Authenticator authenticator;
    private final FakeScramCredentials unknownUsers;
    private final String serverNonce;
    private Stage stage = Stage.START;
    private String gs2Header;
    private String clientFirstBare;
    private String serverFirst;
    private String nonce;
    private ScramCredential credential;

    ScramExchange(Authenticator authenticator, FakeScramCredentials unknownUsers, String serverNonce) {
        this.authenticator = authenticator;
        this.unknownUsers = unknownUsers;
        this.serverNonce = serverNonce;
    }

    @Override
    public SaslStep respond(byte[] response) {
        try {
            return switch (stage) {
                case START -> response == null ? waitForClientFirst() : clientFirst(text(response));
                case CLIENT_FIRST -> clientFirst(text(response));
                case CLIENT_FINAL -> clientFinal(text(response));
                case ACKNOWLEDGE -> acknowledge(response);
                case DONE -> throw new IllegalStateException("SCRAM exchange already ended");
            };
        } catch (IllegalArgumentException e) {
            stage = Stage.DONE;
            return new SaslStep.Malformed(e.getMessage());
        }
    }

    private SaslStep waitForClientFirst() {
        stage = Stage.CLIENT_FIRST;
        return SaslStep.challenge(new byte[0]);
    }

    private SaslStep clientFirst(String message) {
        int headerEnd = message.indexOf(',', message.indexOf(',') + 1);
        if (headerEnd < 0 || !(message.startsWith("n,") || message.startsWith("y,"))) {
            throw new IllegalArgumentException("unsupported GS2 header");
        }
        gs2Header = message.substring(0, headerEnd + 1);
        clientFirstBare = message.substring(headerEnd + 1);
        List<ScramAttributes.Attribute> attributes = ScramAttributes.parse(clientFirstBare);
        String user = ScramAttributes.saslName(ScramAttributes.require(attributes, 0, 'n'));
        String clientNonce = ScramAttributes.require(attributes, 1, 'r');
        if (clientNonce.isEmpty()) {
            throw new IllegalArgumentException("empty client nonce");
        }
        String authorize = gs2Header.substring(2, gs2Header.length() - 1);
        if (!authorize.isEmpty() && !ScramAttributes.saslName(authorize.substring(2)).equals(user)) {
            stage = Stage.DONE;
            return SaslStep.failed();
        }
        try {
            ScramCredential known = authenticator.scramCredential(user);
            credential = known != null ? known : unknownUsers.forUser(user);
        } catch (RuntimeException e) {
            stage = Stage.DONE;
            return new SaslStep.Done(AuthVerdict.of(AuthVerdict.Kind.TRY_LATER));
        }
        nonce = clientNonce + serverNonce;
        serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(credential.salt())
                + ",i=" + credential.iterations();
        stage = Stage.CLIENT_FINAL;
        return SaslStep.challenge(serverFirst.getBytes(StandardCharsets.UTF_8));
    }

    private SaslStep clientFinal(String message) {
        int proofAt = message.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw new IllegalArgumentException("client proof missing");
        }
        String withoutProof = message.substring(0, proofAt);
        List<ScramAttributes.Attribute> attributes = ScramAttributes.parse(withoutProof);
        String binding = ScramAttributes.require(attributes, 0, 'c');
        String echoedNonce = ScramAttributes.require(attributes, 1, 'r');
        byte[] proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
        String expectedBinding = Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.UTF_8));
        stage = Stage.DONE;
        if (!binding.equals(expectedBinding) || !echoedNonce.equals(nonce)) {
            return SaslStep.failed();
        }
        byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof)
                .getBytes(StandardCharsets.UTF_8);
        if (!proofMatches(proof, authMessage)) {
            return SaslStep.failed();
        }
        stage = Stage.ACKNOWLEDGE;
        byte[] serverSignature = ScramFunctions.hmac(credential.serverKey(), authMessage);
        return SaslStep.challenge(("v=" + Base64.getEncoder().encodeToString(serverSignature))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage); it is right when H(ClientKey) = StoredKey. */
    private boolean proofMatches(byte[] proof, byte[] authMessage) {
        byte[] storedKey = credential.storedKey();
        byte[] clientSignature = ScramFunctions.hmac(storedKey, authMessage);
        if (proof.length != clientSignature.length) {
            return false;
        }
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        return MessageDigest.isEqual(ScramFunctions.sha256(clientKey), storedKey);
    }

    private SaslStep acknowledge(byte[] response) {
        stage = Stage.DONE;
        if (response != null && response.length > 0) {
            throw new IllegalArgumentException("expected an empty response after server-final");
        }
        return new SaslStep.Done(AuthVerdict.success(credential.identity()));
    }

    private static String text(byte[] response) {
        if (response == null) {
            throw new IllegalArgumentException("response missing");
        }
        return new String(response, StandardCharsets.UTF_8);
    }
}
