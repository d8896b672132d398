package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flutemail.application.AuthenticationService;
import org.flutemail.application.RecipientDirectory;
import org.flutemail.domain.Access;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.LoginThrottle;
import org.flutemail.domain.Passwords;
import org.flutemail.domain.SaltedPassword;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultAuthenticationService implements AuthenticationService {

    /** Checked against when the user is unknown, so that both cases cost the same time. */
    private static final SaltedPassword DECOY = Passwords.hash("decoy password never matches");

    @Inject
    AccountRepository accounts;

    @Inject
    RecipientDirectory directory;

    @Inject
    LoginThrottling throttling;

    @Inject
    java.time.Clock clock;

    @Override
    public Optional<String> verify(String user, String password) {
        return passwordOwner(user, password).filter(a -> !a.mustChangePassword()).map(Account::address);
    }

    /** The active account whose password this is, whether or not it must be changed. */
    private Optional<Account> passwordOwner(String user, String password) {
        Optional<Account> account = activeAccount(user);
        boolean matches = Passwords.matches(password, account.map(Account::password).orElse(DECOY));
        return matches ? account : Optional.empty();
    }

    @Override
    public Login login(String user, String password, String clientAddress, Access access) {
        LoginThrottle throttle = throttling.throttle();
        if (throttle.isLocked(user, clientAddress, clock.instant())) {
            return new Login(LoginOutcome.THROTTLED, "");
        }
        Optional<Account> account = passwordOwner(user, password).filter(a -> a.mayUse(access));
        if (account.isPresent()) {
            throttle.succeeded(user);
            return account.get().mustChangePassword() ? new Login(LoginOutcome.PASSWORD_CHANGE_REQUIRED, "")
                    : new Login(LoginOutcome.SUCCESS, account.get().address());
        }
        throttle.failed(user, clientAddress, clock.instant());
        return new Login(LoginOutcome.FAILURE, "");
    }

    @Override
    public Optional<ScramKeys> scramKeys(String user) {
        return activeAccount(user).filter(a -> !a.mustChangePassword() && a.mayUse(Access.SMTP)).map(a -> {
            SaltedPassword p = a.password();
            byte[] salted = Base64.getDecoder().decode(p.hash());
            try {
                byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
                return new ScramKeys(a.address(), Base64.getDecoder().decode(p.salt()), p.iterations(), storedKey,
                        hmac(salted, "Server Key"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every Java runtime", e);
            }
        });
    }

    @Override
    public boolean owns(String identity, String address) {
        boolean enforced = accounts.byAddress(identity).map(a -> a.domain().senderMustBeOwned()).orElse(true);
        if (!enforced) {
            return true;
        }
        String canonical = directory.canonical(address);
        if (canonical.equals(identity)) {
            return true;
        }
        // An alias counts as the account's own when it delivers (directly) to the account.
        return directory.aliasTargets(canonical).contains(identity);
    }

    @Override
    public Optional<String> foreignFromAddress(String identity, InputStream message) throws IOException {
        for (String address : MessageSummaryReader.fromAddresses(message)) {
            if (!owns(identity, address)) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    private Optional<Account> activeAccount(String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        try {
            return accounts.byAddress(EmailAddress.parse(user).toString()).filter(Account::canReceive);
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
