package org.techvoice.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The {@code /tc} sub-commands that exist, in help order; the one place that lists and finds them. */
@Component
class TcSubcommands {

    private final ObjectProvider<TcSubcommand> provider;
    private volatile List<TcSubcommand> all;

    TcSubcommands(ObjectProvider<TcSubcommand> provider) {
        this.provider = provider;
    }

    /** Resolved on first use: help is itself a sub-command and lists the others, itself included. */
    List<TcSubcommand> all() {
        List<TcSubcommand> known = all;
        if (known == null) {
            known = provider.stream()
                    .sorted(Comparator.comparing(TcSubcommand::audience).thenComparingInt(TcSubcommand::helpOrder)
                            .thenComparing(TcSubcommand::name))
                    .toList();
            if (known.stream().map(TcSubcommand::name).distinct().count() != known.size()) {
                throw new IllegalStateException("two /tc sub-commands share a name: " + known.stream().map(TcSubcommand::name).toList());
            }
            all = known;
        }
        return known;
    }

    Optional<TcSubcommand> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return all().stream().filter(sub -> sub.name().equals(wanted)).findFirst();
    }
}
