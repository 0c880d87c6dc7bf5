package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** The document a handler writes to stdout for a request: ports, UPS parameters, or an error. */
@XmlRootElement(name = "doc")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"error", "hostname", "ports", "params"})
public class Response {
    @XmlElement(name = "error")
    private ErrorInfo error;
    @XmlElement(name = "hostname")
    private String hostname;
    @XmlElement(name = "port")
    private List<Port> ports;
    @XmlElement(name = "eq_param")
    private List<EqParam> params;

    public Response() {
    }

    public static Response error(ErrorType type, String text) {
        Response r = new Response();
        r.error = new ErrorInfo(type, text);
        return r;
    }

    public static Response of(Port... ports) {
        Response r = new Response();
        for (Port p : ports) {
            r.add(p);
        }
        return r;
    }

    public Response hostname(String v) {
        hostname = XmlText.clean(v);
        return this;
    }

    public Response add(Port port) {
        if (ports == null) {
            ports = new ArrayList<>();
        }
        ports.add(port);
        return this;
    }

    public Response add(EqParam param) {
        if (params == null) {
            params = new ArrayList<>();
        }
        params.add(param);
        return this;
    }

    public ErrorInfo error() { return error; }
    public boolean isError() { return error != null; }
    public String hostname() { return hostname; }
    public List<Port> ports() { return ports == null ? List.of() : List.copyOf(ports); }
    public List<EqParam> params() { return params == null ? List.of() : List.copyOf(params); }
}
