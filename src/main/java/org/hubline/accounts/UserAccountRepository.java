package org.hubline.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByDemoTrue();

    @Query("""
            SELECT COUNT(*) FROM user_account u JOIN user_account_role r ON r.user_account_id = u.id
            WHERE r.role = 'ADMIN' AND u.enabled = TRUE""")
    int countEnabledAdmins();

    /** Notes a sign-in without touching the version, so it never makes an admin's open edit stale. */
    @Modifying
    @Query("UPDATE user_account SET last_sign_in_at = :at WHERE id = :id")
    void recordSignIn(long id, Instant at);
}
