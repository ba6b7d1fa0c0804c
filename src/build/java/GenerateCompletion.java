import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jstrace.cli.CommandLineParser;
import jstrace.cli.Getopt;

/**
 * Build step (Maven process-classes, with the compiled classes on the class path): the bash (and,
 * through bashcompinit, zsh) completion of jstrace, from the one option table
 * (CommandLineParser.OPTIONS): every documented option, long ones that take a value as "--name="
 * (no space after it), the values of the options that have a fixed set, then the command and its
 * arguments as bash completes commands and files.
 *
 * Usage: java -cp target/classes GenerateCompletion.java OUTPUT_FILE
 */
public class GenerateCompletion {
    /** Values of options whose set is fixed (by long name, and the short letter's). */
    static final Map<String, String> VALUES = new LinkedHashMap<>();
    static {
        VALUES.put("color", "auto always never");
        VALUES.put("const-print-style", "raw abbrev verbose");
        VALUES.put("summary-format", "text json csv");
        VALUES.put("summary-by", "process thread");
        VALUES.put("daemonize", "grandchild pgroup session");
        VALUES.put("seccomp-bpf", "yes no");
        VALUES.put("interruptible", "anywhere waiting never never_tstp");
        VALUES.put("detach-on", "execve");
        VALUES.put("decode-pids", "comm");
        VALUES.put("relative-timestamps", "s ms us ns");
        VALUES.put("syscall-times", "s ms us ns");
        VALUES.put("absolute-timestamps", "time unix none");
        VALUES.put("timestamps", "time unix none");
        VALUES.put("summary-sort-by", "time min-time max-time avg-time calls errors name nothing");
    }

    public static void main(String[] args) throws Exception {
        List<String> longs = new ArrayList<>(), shorts = new ArrayList<>();
        StringBuilder valueCases = new StringBuilder(), shortValueCases = new StringBuilder();
        String shortWithValue = "";
        for (CommandLineParser.Opt o : CommandLineParser.implemented()) {
            Getopt.Spec s = o.spec();
            if (s.shortName() != 0) {
                shorts.add("-" + s.shortName());
                if (s.arg() == Getopt.Arg.REQUIRED) shortWithValue += s.shortName();
            }
            if (s.longName() == null) continue;
            String n = s.longName();
            switch (s.arg()) {
                case NONE -> longs.add("--" + n);
                case REQUIRED -> longs.add("--" + n + "=");
                case OPTIONAL -> {
                    longs.add("--" + n);
                    longs.add("--" + n + "=");
                }
            }
            String v = VALUES.get(n);
            if (v == null) continue;
            valueCases.append("        --").append(n).append("=*)\n")
                    .append("            COMPREPLY=($(compgen -P \"--").append(n).append("=\" -W \"").append(v)
                    .append("\" -- \"${cur#*=}\"))\n            return ;;\n");
            if (s.shortName() != 0 && s.arg() == Getopt.Arg.REQUIRED) {
                shortValueCases.append("        -").append(s.shortName()).append(")\n")
                        .append("            COMPREPLY=($(compgen -W \"").append(v).append("\" -- \"$cur\"))\n")
                        .append("            return ;;\n");
            }
        }
        String script = """
                # bash completion for jstrace (generated at build time from its option table; do not edit).
                # zsh: autoload -U +X bashcompinit && bashcompinit, then source this file.
                if [ -n "${ZSH_VERSION:-}" ]; then
                    autoload -U +X bashcompinit && bashcompinit
                fi

                _jstrace() {
                    local cur prev i
                    cur=${COMP_WORDS[COMP_CWORD]}
                    prev=
                    [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
                    # after the command (the first word that is not an option or an option's value): its arguments
                    i=1
                    while [ "$i" -lt "$COMP_CWORD" ]; do
                        case ${COMP_WORDS[i]} in
                            --) i=$((i + 1)); break ;;
                            --*) ;;
                            -*[%SHORTVAL%]) i=$((i + 1)) ;;
                            -*) ;;
                            *) break ;;
                        esac
                        i=$((i + 1))
                    done
                    if [ "$i" -lt "$COMP_CWORD" ]; then
                        COMPREPLY=($(compgen -f -- "$cur"))
                        return
                    fi
                    case $prev in
                %SHORTCASES%        -o|-P) COMPREPLY=($(compgen -f -- "$cur")); return ;;
                        -p) COMPREPLY=($(compgen -W "$(ls /proc 2>/dev/null | grep '^[0-9]')" -- "$cur")); return ;;
                        -u) COMPREPLY=($(compgen -u -- "$cur")); return ;;
                        -e) COMPREPLY=($(compgen -W "trace= trace-fds= abbrev= verbose= raw= signal= read= write= fault= inject= status= quiet= decode-fds= decode-pids=" -- "$cur"))
                            type compopt >/dev/null 2>&1 && compopt -o nospace 2>/dev/null
                            return ;;
                        -a|-s|-S|-U|-O|-E|-I|-X|-b) return ;;
                    esac
                    case $cur in
                %VALUECASES%        --output=*|--trace-path=*|--timeline=*|--json=*)
                            COMPREPLY=($(compgen -P "${cur%%=*}=" -f -- "${cur#*=}"))
                            return ;;
                        --*)
                            COMPREPLY=($(compgen -W "%LONGS%" -- "$cur"))
                            case ${COMPREPLY[0]:-} in *=) type compopt >/dev/null 2>&1 && compopt -o nospace 2>/dev/null ;; esac
                            return ;;
                        -*)
                            COMPREPLY=($(compgen -W "%SHORTS%" -- "$cur"))
                            return ;;
                    esac
                    COMPREPLY=($(compgen -c -- "$cur"))
                }
                complete -F _jstrace -o default jstrace
                """;
        script = script.replace("%SHORTVAL%", shortWithValue).replace("%SHORTCASES%", shortValueCases)
                .replace("%VALUECASES%", valueCases).replace("%LONGS%", String.join(" ", longs))
                .replace("%SHORTS%", String.join(" ", shorts));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, script);
    }
}
